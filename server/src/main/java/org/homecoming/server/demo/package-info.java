/**
 * The demonstration mode: a simulated programme loaded into an empty registry, and demo users.
 *
 * <p>Main type: {@code DemoLoader} (active with {@code homecoming.demo=true}).
 *
 * <pre>{@code
 * ./homecoming demo --port 8080 --data data/demo
 * }</pre>
 */
package org.homecoming.server.demo;
