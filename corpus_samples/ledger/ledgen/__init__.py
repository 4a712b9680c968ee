"""The ledger corpus generator: free-form outcome tables on top of extgen's study model."""
