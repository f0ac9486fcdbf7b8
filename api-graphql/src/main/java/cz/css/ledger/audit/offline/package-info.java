/**
 * The ledger's hash chain and signed checkpoints, defined once and depending on the JDK only, so
 * an auditor can verify an export with these classes alone ({@link cz.css.ledger.audit.offline.OfflineVerifier}).
 */
package cz.css.ledger.audit.offline;
