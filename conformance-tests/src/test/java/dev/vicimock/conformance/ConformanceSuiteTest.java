package dev.vicimock.conformance;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.JUNIT_PLATFORM_LONG_NAMING_STRATEGY_EXAMPLE_NAME_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.JUNIT_PLATFORM_NAMING_STRATEGY_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import dev.vicimock.conformance.cli.SuiteDefinition;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * Runs the feature files of the repository's top-level {@code features/} folder with Cucumber on the JUnit
 * Platform, against the target the system properties name (see {@code TargetConfig}).
 */
@Suite
@IncludeEngines("cucumber")
// Maven runs the tests in conformance-tests/, so the features are one level up
@SelectDirectories("../features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = SuiteDefinition.GLUE)
// names unique across features ("Feature - Outline - Examples - Example #1.2"), so that a report keyed by name
// (Surefire's XML, a CI server) counts every scenario once, as Cucumber and Allure do
@ConfigurationParameter(key = JUNIT_PLATFORM_NAMING_STRATEGY_PROPERTY_NAME, value = "long")
@ConfigurationParameter(key = JUNIT_PLATFORM_LONG_NAMING_STRATEGY_EXAMPLE_NAME_PROPERTY_NAME, value = "number")
// the runnable jar's plugins, and Cucumber's summary for the build log
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = SuiteDefinition.PLUGINS + ", summary")
public class ConformanceSuiteTest {}
