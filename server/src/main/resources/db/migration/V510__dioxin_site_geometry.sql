-- Where a dioxin site and its zones lie (docs/dioxin.md, "Sites and zones on the map"): the site outline and each
-- zone's polygon as WKT in WGS 84 (lon lat), checked before they are stored, as land release stores its areas.
-- Both may be absent: a site recorded before its survey has only its samples' points. V510-V519: site geometry.
ALTER TABLE dioxin_site ADD COLUMN outline_wkt VARCHAR;
ALTER TABLE dioxin_zone ADD COLUMN polygon_wkt VARCHAR;
