/**
 * What the integration and browser tests share: the tool deployed on Payara Micro, direct access to its database
 * to prove what was (not) stored, an HTTP client that follows LTI launches, and a test platform whose keys the
 * tests hold, so that they can send id_tokens breaking any one rule.
 */
package org.digitalpractice.testing;
