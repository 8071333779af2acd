namespace DigitalKpi.Core.Classification;

/// <summary>What a policy decided for a target that is neither met nor past its deadline, with the numbers it adds to the evidence.</summary>
internal readonly record struct PolicyDecision(
    Status Status,
    double? Probability = null,
    ProjectedValue? Projected = null,
    AssessmentFallback Fallback = AssessmentFallback.None,
    string? Model = null,
    double? PathValue = null,
    double? ReferenceError = null);
