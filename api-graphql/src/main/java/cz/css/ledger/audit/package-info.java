/** What auditors need: full case histories, state as of an instant, projection replay, and the sealed, verifiable ledger. */
package cz.css.ledger.audit;
