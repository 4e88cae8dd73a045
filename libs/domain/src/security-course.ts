/**
 * 情報セキュリティ基礎: the course every member's catalogue starts with, and the one a worker must
 * have completed before confidential work (DESIGN.md: security training before confidential work).
 */
export const SECURITY_COURSE_CODE = 'SEC-BASIC';
