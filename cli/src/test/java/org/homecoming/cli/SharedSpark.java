package org.homecoming.cli;

import org.apache.spark.SparkContext;
import org.homecoming.spark.SparkSearch;

/**
 * The command-line tests' one Spark context: local mode on two cores, bound to the loopback
 * address ({@link SparkSearch#conf}), started once and left running until the JVM ends; {@code match
 * --engine spark} finds it running and uses it instead of starting one per command.
 */
final class SharedSpark {

    private SharedSpark() {
    }

    static synchronized void start() {
        SparkContext.getOrCreate(SparkSearch.conf("local[2]", "homecoming cli tests")).setLogLevel("WARN");
    }
}
