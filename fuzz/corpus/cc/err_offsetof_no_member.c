struct s { int a; };
unsigned long o = __builtin_offsetof(struct s, b);
int main(void) { return 0; }
