struct __attribute__((aligned(8))) s { int x; };
int main(void) { return 0; }
