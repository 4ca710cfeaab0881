/**
 * The generic isolation net: every route the API's router knows is called with another tenant's ids,
 * as every role, and must neither answer with nor change anything of that tenant.
 */
package com.mentorplatform.api.sweep;
