#define LIMIT 3
#if LIMIT > 2
#error limit too high
#endif
int main(void) { return 0; }
