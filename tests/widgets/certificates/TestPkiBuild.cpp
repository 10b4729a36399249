// The security tests' certificate factory, compiled into this test binary too.
#include "tests/models/security/TestPki.cpp"
