static int table[8] = { [0 ... 3] = 1, [4 ... 7] = 2 };
int main(void) { return table[0]; }
