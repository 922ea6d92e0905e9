/**
 * Dioxin remediation at the old airbases (docs/dioxin.md): sites and their zones, samples with their place,
 * depth and matrix, the laboratory's results per congener, and each sample's TEQ under the TEF scheme and
 * non-detect bound a reader asks for, classified against the threshold sets in force for its zone and date
 * (the engine is the {@code dioxin} module). Exposure samples (blood, breast milk) need recorded consent and are
 * shown only to laboratory analysts of the recording side, every view audited.
 */
package org.homecoming.server.dioxin;
