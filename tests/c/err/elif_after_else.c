#if 1
#else
#elif 1
#endif
int main(void) { return 0; }
