/**
 * E-mail: every in-app notification also reaches its person by mail when SMTP is configured, unless they
 * switched that kind off. Mails go through a transactional outbox delivered by a background worker, and
 * each carries a one-click unsubscribe link.
 */
package com.mentorplatform.api.mail;
