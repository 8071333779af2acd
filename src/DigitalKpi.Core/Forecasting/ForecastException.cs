namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// Thrown when a model cannot be fitted to a series: too few points, an irregular series for a
/// method that needs a regular grid, non-positive values for a log-scale model. The message says
/// why and what the model needs.
/// </summary>
/// <remarks>Derives from <see cref="ArgumentException"/> because the series passed in is the cause;
/// <see cref="ArgumentException.ParamName"/> is <c>series</c> when thrown by <see cref="ForecastModel.Fit"/>.</remarks>
public sealed class ForecastException : ArgumentException
{
    /// <summary>Creates an exception with no message.</summary>
    public ForecastException()
    {
    }

    /// <summary>Creates an exception with a message saying why the series cannot be fitted.</summary>
    /// <param name="message">Why the model cannot be fitted and what it needs.</param>
    public ForecastException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the argument at fault.</summary>
    /// <param name="message">Why the model cannot be fitted and what it needs.</param>
    /// <param name="paramName">Name of the argument at fault, usually <c>series</c>.</param>
    public ForecastException(string message, string? paramName)
        : base(message, paramName)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">Why the model cannot be fitted and what it needs.</param>
    /// <param name="innerException">The underlying failure.</param>
    public ForecastException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
