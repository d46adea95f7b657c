package dev.vicimock.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InProcessCostMainTest {

    @Test
    void aRatioComesWithTheRangeBothErrorBarsAllow() {
        assertEquals("1.20 (1.00-1.44)", InProcessCostMain.ratio(12, 1, 10, 1));
    }

    @Test
    void aBaselineWhoseErrorReachesZeroLeavesTheRatioUnboundedAbove() {
        assertEquals("0.50 (0.00-∞)", InProcessCostMain.ratio(5, 6, 10, 10));
    }

    @Test
    void aSingleIterationHasNoRange() {
        assertEquals("0.65", InProcessCostMain.ratio(52, Double.NaN, 80, Double.NaN));
    }
}
