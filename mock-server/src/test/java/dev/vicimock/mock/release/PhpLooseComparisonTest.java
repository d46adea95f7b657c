package dev.vicimock.mock.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PHP's loose comparisons the API's range checks rely on, where PHP 7 and PHP 8 disagree. */
class PhpLooseComparisonTest {
    @ParameterizedTest(name = "\"{0}\" <=> {1}: PHP 7 {2}, PHP 8 {3}")
    @CsvSource({
        // value, number, PHP 7, PHP 8
        "5, 9, -1, -1",
        "-9, -9, 0, 0",
        "'--', -9, 1, -1",
        "'--', 9, -1, -1",
        "5_, 9, -1, -1",
        "5_, -9, 1, 1",
        "1-2, -1, 1, 1",
        "1-2, 9999, -1, -1",
        "2x, 9, -1, -1",
        "2x, 1, 1, 1",
        "'', 1, -1, -1",
        "10, 9, 1, 1",
        "007, 7, 0, 0",
        "99999999999999999999, 9, 1, 1"
    })
    void aStringAgainstANumber(String value, long number, int php7, int php8) {
        assertEquals(php7, PhpRuntime.PHP_7.compare(value, number), "PHP 7");
        assertEquals(php8, PhpRuntime.PHP_8.compare(value, number), "PHP 8");
    }

    @ParameterizedTest(name = "\"{0}\" <=> \"{1}\" = {2}")
    @CsvSource({"9, 9, 0", "09, 9, 0", "10, 9, 1", "2x, 9, -1", "a, 9, 1"})
    void twoStringsNumericallyOnlyWhenBothAreNumeric(String a, String b, int expected) {
        assertEquals(expected, PhpRuntime.PHP_7.compare(a, b));
        assertEquals(expected, PhpRuntime.PHP_8.compare(a, b));
    }
}
