/** A read-API key as admins see it; the secret itself is never stored. */
export interface ApiKey {
  id: number;
  name: string;
  /** The secret's first characters, to tell keys apart. */
  prefix: string;
  createdBy: number | null;
  createdAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  requestsPerMinute: number;
}
