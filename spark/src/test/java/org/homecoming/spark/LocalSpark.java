package org.homecoming.spark;

import org.apache.spark.api.java.JavaSparkContext;

/**
 * The one Spark context of the test run: local mode on two cores, bound to the loopback address,
 * started by the first test that asks and stopped when the JVM ends (starting Spark takes seconds).
 */
final class LocalSpark {

    private static final JavaSparkContext CONTEXT = start();

    private LocalSpark() {
    }

    static JavaSparkContext context() {
        return CONTEXT;
    }

    private static JavaSparkContext start() {
        JavaSparkContext sc = new JavaSparkContext(SparkSearch.conf("local[2]", "homecoming tests"));
        sc.setLogLevel("WARN");
        Runtime.getRuntime().addShutdownHook(new Thread(sc::stop));
        return sc;
    }
}
