/**
 * Personal data in an immutable ledger: per-request data keys (AES-GCM, wrapped by a master key),
 * encryption of the personal value objects in stored events, erasure by destroying the key, and the
 * log of who read personal data.
 */
package cz.css.ledger.privacy;
