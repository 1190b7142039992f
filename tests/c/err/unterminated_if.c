#ifdef FOO
int main(void) { return 0; }
