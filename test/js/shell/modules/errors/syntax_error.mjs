// A module with a syntax error on its second line.
export const value = ;
