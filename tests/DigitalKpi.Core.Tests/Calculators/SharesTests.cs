using DigitalKpi.Core.Calculators;
using FsCheck;
using FsCheck.Xunit;

namespace DigitalKpi.Core.Tests.Calculators;

public class SharesTests
{
    private static readonly double[] Steps = [100, 50, 25, 20, 10, 5, 2, 1, 0.5, 0.25, 0.2, 0.1, 0.05, 0.01];

    [Theory]
    // 43/53 = 0.8113208; 388/1146 = 0.3385689; 102/126 = 0.8095238
    [InlineData(43.0, 53.0, 81.1320754717)]
    [InlineData(388.0, 1146.0, 33.8568935428)]
    [InlineData(102.0, 126.0, 80.9523809524)]
    [InlineData(0.0, 5.0, 0.0)]
    [InlineData(5.0, 5.0, 100.0)]
    [InlineData(0.5, 2.0, 25.0)]
    public void PercentOf_PartOfWhole_HundredTimesRatio(double part, double whole, double expected)
        => Assert.Equal(expected, Shares.PercentOf(part, whole), 9);

    [Theory]
    [InlineData(1.0, 0.0, "whole")]
    [InlineData(0.0, 0.0, "whole")]
    [InlineData(1.0, -3.0, "whole")]
    [InlineData(1.0, double.NaN, "whole")]
    [InlineData(-1.0, 5.0, "part")]
    [InlineData(6.0, 5.0, "part")]
    [InlineData(double.NaN, 5.0, "part")]
    public void PercentOf_InvalidInputs_ThrowsNamingTheParameter(double part, double whole, string parameter)
        => Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => Shares.PercentOf(part, whole)).ParamName);

    public static TheoryData<double[], double, double[]> RoundedCases => new()
    {
        // 18, 27, 17 of 62 in half points: 58.065, 87.097, 54.839 -> floors 58 + 87 + 54 = 199 of 200;
        // largest remainder 0.839 (third) gets the missing half point -> 29 / 43.5 / 27.5 (the published figures)
        { [18, 27, 17], 0.5, [29.0, 43.5, 27.5] },
        // in tenths: 290.32, 435.48, 274.19 -> floors 999 of 1000; largest remainder 0.48 -> 29.0 / 43.6 / 27.4
        { [18, 27, 17], 0.1, [29.0, 43.6, 27.4] },
        // whole percent: 29.03, 43.55, 27.42 -> floors 99; largest remainder 0.55 -> 29 / 44 / 27
        { [18, 27, 17], 1, [29.0, 44.0, 27.0] },
        // three equal parts: 33.33 each, floors 99, equal remainders -> the first part gets the point
        { [1, 1, 1], 1, [34.0, 33.0, 33.0] },
        // six equal parts: 16.67 each, floors 96, four points go to the first four parts
        { [1, 1, 1, 1, 1, 1], 1, [17.0, 17.0, 17.0, 17.0, 16.0, 16.0] },
        // a zero part keeps 0: 0, 33.33, 66.67 -> floors 99; remainder 0.67 wins
        { [0, 1, 2], 1, [0.0, 33.0, 67.0] },
        { [1, 0], 1, [100.0, 0.0] },
        { [7], 0.1, [100.0] },
        // steps of 25: 1.33 quarters each, floors 3 of 4, the first part gets the fourth
        { [1, 1, 1], 25, [50.0, 25.0, 25.0] },
        // exact shares need no correction: 1/4, 3/4 at step 0.01
        { [1, 3], 0.01, [25.0, 75.0] },
    };

    [Theory]
    [MemberData(nameof(RoundedCases))]
    public void RoundedToHundred_Parts_LargestRemainder(double[] parts, double step, double[] expected)
        => Assert.Equal(expected, Shares.RoundedToHundred(parts, step));

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(0.3)]
    [InlineData(3.0)]
    [InlineData(101.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void RoundedToHundred_StepNotDividingHundred_Throws(double step)
        => Assert.Equal("step", Assert.Throws<ArgumentOutOfRangeException>(() => Shares.RoundedToHundred([1.0, 2.0], step)).ParamName);

    public static TheoryData<double[]> InvalidParts => new()
    {
        { [0, 0] },
        { [1, -1] },
        { [1, double.NaN] },
        { [double.PositiveInfinity] },
        { [double.MaxValue, double.MaxValue] },
    };

    [Theory]
    [MemberData(nameof(InvalidParts))]
    public void RoundedToHundred_InvalidParts_Throws(double[] parts)
        => Assert.Equal("parts", Assert.Throws<ArgumentOutOfRangeException>(() => Shares.RoundedToHundred(parts, 1)).ParamName);

    [Fact]
    public void RoundedToHundred_NoParts_Throws()
        => Assert.Throws<ArgumentException>(() => Shares.RoundedToHundred([], 1));

    [Property]
    public bool RoundedToHundred_AnyParts_StepsAddUpToExactlyHundredAndStayWithinOneStep(NonEmptyArray<NonNegativeInt> counts, NonNegativeInt stepIndex)
    {
        var parts = counts.Get.Select(c => (double)c.Get).ToArray();
        parts[0] += 1;
        var step = Steps[stepIndex.Get % Steps.Length];
        var shares = Shares.RoundedToHundred(parts, step);
        var total = parts.Sum();

        long units = 0;
        for (var i = 0; i < shares.Length; i++)
        {
            var u = shares[i] / step;
            if (Math.Abs(u - Math.Round(u)) > 1e-6)
            {
                return false; // not a multiple of the step
            }

            units += (long)Math.Round(u);
            var exact = 100 * parts[i] / total;
            if (Math.Abs(shares[i] - exact) >= step + 1e-9 || (parts[i] == 0 && shares[i] != 0))
            {
                return false; // outside the quota, or a zero part that got a share
            }
        }

        return units == (long)Math.Round(100 / step);
    }

    [Property]
    public bool RoundedToHundred_SameInputs_SameOutput(NonEmptyArray<PositiveInt> counts)
    {
        var parts = counts.Get.Select(c => (double)c.Get).ToArray();
        return Shares.RoundedToHundred(parts, 0.1).SequenceEqual(Shares.RoundedToHundred(parts.ToArray(), 0.1));
    }
}
