/**
 * The dioxin pages (docs/dioxin.md, "Pages and map"): the sites, a site's map of samples coloured by TEQ class at
 * the chosen depth with its zones and outline, the sample table, and each sample's congener profile.
 */
package org.homecoming.server.dioxin.web;
