package org.homecoming.server.cooperation;

import java.util.Arrays;

/**
 * The IATI TransactionType codes the programme uses: 1 incoming funds, 2 outgoing commitment, 3 disbursement,
 * 4 expenditure, 11 incoming commitment.
 *
 * <pre>{@code
 * TransactionType.of(3); // DISBURSEMENT
 * }</pre>
 */
public enum TransactionType {
    INCOMING_FUNDS(1), OUTGOING_COMMITMENT(2), DISBURSEMENT(3), EXPENDITURE(4), INCOMING_COMMITMENT(11);

    private final int code;

    TransactionType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static TransactionType of(int code) {
        return Arrays.stream(values()).filter(t -> t.code == code).findFirst().orElseThrow(() ->
                new IllegalArgumentException("transaction type must be an IATI code 1, 2, 3, 4 or 11: " + code));
    }
}
