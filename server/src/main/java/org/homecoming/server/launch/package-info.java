/**
 * How the server runs as the child of the command line ({@code ./homecoming demo}, {@code serve}).
 *
 * <p>Main type: {@code ParentProcessWatch} (stops the server when its parent process is gone).
 *
 * <pre>{@code
 * java -jar homecoming-server.jar --homecoming.parent-pid=4242 --server.port=8080
 * }</pre>
 */
package org.homecoming.server.launch;
