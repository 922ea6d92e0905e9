/**
 * What every page and API answer shares: the layout, languages (Vietnamese by default,
 * {@code ?lang=en}), error handling (JSON for the API, pages for the browser), paging and text
 * normalisation to NFC.
 *
 * <p>Main types: {@link org.homecoming.server.web.Page}, {@link org.homecoming.server.web.NotFoundException},
 * {@link org.homecoming.server.web.StaleVersionException}, {@link org.homecoming.server.web.Nfc}.
 *
 * <pre>{@code
 * throw new StaleVersionException("person", 42, 3); // answered 409
 * }</pre>
 */
package org.homecoming.server.web;
