/** The citizen request aggregate, its registration numbers and idempotency keys. */
package cz.css.ledger.request;
