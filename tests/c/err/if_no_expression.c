#if
#endif
int main(void) { return 0; }
