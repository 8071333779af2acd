using System.Text.Json;

namespace DigitalKpi.Core.Serialization;

/// <summary>A place in a text: <see cref="Line"/> and <see cref="Column"/> 1-based as an editor shows them; <see cref="LineIndex"/> and <see cref="BytePositionInLine"/> 0-based as <see cref="JsonException"/> holds them.</summary>
internal readonly record struct TextPosition(int Line, int Column, long LineIndex, long BytePositionInLine);
