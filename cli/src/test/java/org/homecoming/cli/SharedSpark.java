package org.homecoming.cli;

import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;

/**
 * The command-line tests' one Spark context: local mode on two cores, bound to the loopback
 * address, started once and left running until the JVM ends; {@code match --engine spark} finds it
 * running and uses it instead of starting one per command.
 */
final class SharedSpark {

    private SharedSpark() {
    }

    static synchronized void start() {
        SparkContext sc = SparkContext.getOrCreate(new SparkConf().setAppName("homecoming cli tests").setMaster("local[2]")
                .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.ui.enabled", "false"));
        sc.setLogLevel("WARN");
    }
}
