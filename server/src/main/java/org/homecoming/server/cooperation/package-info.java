/**
 * Cooperation and commitments (docs/cooperation.md): the agreements of the war-legacy cooperation (the October 2025
 * memorandum and its plans and minutes) with the commitments they contain and their status on evidence; activities
 * after the IATI activity standard 2.03 with their organisations, budgets and transactions; results whose actual
 * figures are computed from the other pillars wherever the system holds them; meetings and delegations; the status
 * board per area and the leaders' briefing. {@code cooperation.iati} reads and writes IATI 2.03 XML.
 */
package org.homecoming.server.cooperation;
