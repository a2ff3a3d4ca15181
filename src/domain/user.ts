import type { Role } from './access.js';
import type { Lang } from './locale.js';

/** A newsroom member as the code sees them; the password hash never leaves the repository. */
export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
  uiLang: Lang;
  authorId: number | null;
  disabled: boolean;
  createdAt: Date;
}
