/** Who may see and do what: sign-in (configured users, HTTP Basic, login page, JWT) and the roles. */
package cz.css.ledger.security;
