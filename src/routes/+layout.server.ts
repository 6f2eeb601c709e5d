import type { LayoutServerLoad } from './$types';

/** Every page knows who is signed in (for the account bar and for hiding what they can't do). */
export const load: LayoutServerLoad = ({ locals }) => ({ account: locals.user });
