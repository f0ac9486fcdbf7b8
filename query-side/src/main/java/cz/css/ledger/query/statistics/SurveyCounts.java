package cz.css.ledger.query.statistics;

/** Surveys offered, how many were answered, the sum of their scores and how many answered YES. */
record SurveyCounts(long offered, long responses, long scoreSum, long resolvedYes) {
    static final SurveyCounts NONE = new SurveyCounts(0, 0, 0, 0);

    Double responseRate() {
        return offered == 0 ? null : (double) responses / offered;
    }

    /** Whether there are answers, but fewer than the minimum: their average and share are not shown. */
    boolean withheld(int minimumAnswers) {
        return responses > 0 && responses < minimumAnswers;
    }

    Double averageScore(int minimumAnswers) {
        return responses == 0 || withheld(minimumAnswers) ? null : (double) scoreSum / responses;
    }

    Double resolvedShare(int minimumAnswers) {
        return responses == 0 || withheld(minimumAnswers) ? null : (double) resolvedYes / responses;
    }
}
