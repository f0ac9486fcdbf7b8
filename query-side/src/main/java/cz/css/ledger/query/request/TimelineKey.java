package cz.css.ledger.query.request;

import jakarta.persistence.Embeddable;

@Embeddable
record TimelineKey(String requestId, long sequence) {
}
