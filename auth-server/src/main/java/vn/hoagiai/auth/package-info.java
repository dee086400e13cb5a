/**
 * auth-server: the OpenID Connect provider of the development stack (Spring Authorization Server),
 * with demo users for each role and a client-credentials client for a district system. Production
 * uses Keycloak with a realm of the same roles and claims.
 */
@NullMarked
package vn.hoagiai.auth;

import org.jspecify.annotations.NullMarked;
