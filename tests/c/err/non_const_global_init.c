int x = 1;
int y = x + 1;
int main(void) { return y; }
