_Thread_local int x;
int main(void) { return 0; }
