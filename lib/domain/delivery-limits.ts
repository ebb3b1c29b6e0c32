/** How many times one delivery is tried before it is given up (the console shows the budget). */
export const MAX_ATTEMPTS = 8;
