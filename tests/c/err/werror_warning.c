#warning this is only a warning
int main(void) { return 0; }
