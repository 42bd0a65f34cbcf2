/**
 * Who the tool has met and where: a person (by the platform's sub, in one council), a course (an LTI context) and a
 * placement (a resource link, or an activity a trainer placed by Deep Linking before its first launch). First
 * launches create them, often many at once, so each is inserted or fetched by its natural key
 * ({@code FirstLaunchRecords}); {@code Placements} owns every query on placements. {@code People} de-identifies a
 * person for retention and erasure and says so ({@code PersonDeIdentified}), so that the sessions, which live in
 * {@code session}, end with it. Imports nothing of {@code session}: the session uses these records, never the
 * reverse.
 */
package org.digitalpractice.session.people;
