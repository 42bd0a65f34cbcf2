/**
 * Slowing down guessing across accounts. The lockout holds one account; here a client address that fails too often,
 * or too many failures across every name in a minute (one password tried against many names, from many
 * addresses), stop the sign-in from checking anything for a while. Failures are rows in the database, so that
 * every node of a cluster counts the same ones; unknown usernames count like any other failure.
 */
package org.digitalpractice.admin.signin.throttle;
