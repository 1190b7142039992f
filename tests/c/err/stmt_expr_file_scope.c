int g = ({ 1; });
int main(void) { return g; }
