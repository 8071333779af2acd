namespace DigitalKpi.Core.Tests.Forecasting;

/// <summary>Series copied from the M3 competition data (Makridakis &amp; Hibon 2000) for oracle tests.</summary>
internal static class M3Samples
{
    /// <summary>M3 quarterly series N647 (MICRO, 1984 Q1 onwards), its 36 training values.</summary>
    public static readonly double[] N647 =
    [
        1522, 1537.8, 1602.6, 1697, 1718.8, 1746.6, 1787.2, 1849.2, 2032.6, 2084.8, 2163, 2213.6,
        2298.2, 2314.2, 2440.8, 2513.2, 2492.6, 2569.4, 2573.6, 2521.6, 2598.6, 2579.4, 2580.8, 2655.6,
        2758.2, 2778.8, 2801.6, 2918.2, 3014.6, 3039.8, 3223.6, 3156.8, 3342.2, 3404.4, 3638.4, 3629.4,
    ];

    /// <summary>M3 quarterly series N867 (INDUSTRY, 1985 Q1 onwards), its 24 training values.</summary>
    public static readonly double[] N867 =
    [
        3860, 4300, 6500, 4830, 2690, 3700, 4830, 3270, 2650, 4070, 5020, 3350,
        2720, 3010, 5680, 1950, 2510, 2580, 4350, 2830, 1630, 2720, 4490, 2360,
    ];

    /// <summary>M3 quarterly series N1005 (MACRO, 1980 Q1 onwards), its 44 training values.</summary>
    public static readonly double[] N1005 =
    [
        4185, 4225, 4200, 4210, 4271.5, 4370, 4498, 4537, 4455, 4326.5, 4243, 4214, 4239, 4296, 4354,
        4437, 4478, 4545.5, 4656, 4770.5, 4887.5, 5001, 5052, 5069.5, 5130, 5124.5, 5033.5, 4937.5, 4930.5,
        5006, 5154, 5294.5, 5311, 5300, 5416, 5536.5, 5608.5, 5650.5, 5701, 5785, 5870, 5868.5, 5828, 5776,
    ];

    /// <summary>M3 monthly series N1404 (MICRO, January 1990 onwards), its 50 training values.</summary>
    public static readonly double[] N1404 =
    [
        1140, 720, 4860, 1200, 3150, 2130, 1800, 2010, 2880, 1650, 1740, 4440, 7410, 3000, 4410, 4980, 2040,
        3000, 5430, 4650, 2520, 2250, 2100, 5730, 2550, 6450, 1050, 3240, 3960, 3030, 2850, 4380, 4080, 4140,
        5160, 5100, 3480, 4350, 5550, 4200, 5640, 4980, 3810, 3540, 8760, 5610, 6090, 4980, 7680, 5550,
    ];
}
