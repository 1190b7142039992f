int f(void x);
int main(void) { return 0; }
