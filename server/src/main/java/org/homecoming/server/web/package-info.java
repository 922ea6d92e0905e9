/**
 * What every page and API answer shares: the layout, languages (Vietnamese by default,
 * {@code ?lang=en}), error handling (JSON for the API, pages for the browser), paging and text
 * normalisation to NFC. Pages hand data to their scripts (static/js) as {@code data-} attributes
 * ({@link org.homecoming.server.web.JsonAttribute}, {@code @json} in templates), never as inline
 * script: the server's Content-Security-Policy ({@code security.SecurityHeaders}) refuses those.
 *
 * <p>Main types: {@link org.homecoming.server.web.Page}, {@link org.homecoming.server.web.NotFoundException},
 * {@link org.homecoming.server.web.StaleVersionException}, {@link org.homecoming.server.web.Nfc},
 * {@link org.homecoming.server.web.JsonAttribute}, {@link org.homecoming.server.web.Labels}.
 *
 * <pre>{@code
 * throw new StaleVersionException("person", 42, 3); // answered 409
 * }</pre>
 */
package org.homecoming.server.web;
