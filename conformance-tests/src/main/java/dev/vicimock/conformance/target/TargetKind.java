package dev.vicimock.conformance.target;

/** What the suite runs against. */
public enum TargetKind {
    /** The simulator, embedded in the test JVM on a free port. */
    MOCK,
    /** A VICIdial server named by {@code vicidial.url}. */
    REAL
}
